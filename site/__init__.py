"""The Practice Exchange Django project (imported as ``exchange``; the folder is ``site/``)."""
