"""The malicious-input suite: every payload of the vendored XSS corpora (``../data/``) through
every text and rich-text entry point, with zero server errors and zero script executions.

- ``test_entry_points.py`` (normal suite): the forms and views with the Django test client, and
  the pages that show the results parsed as a browser parses them.
- ``test_rendered_in_chromium.py`` (``-m browser``): the same content rendered in Chromium with a
  hook that records any script a payload runs.

The counts (payloads per corpus, entry points, pages rendered) are printed at the end of a run.
"""
