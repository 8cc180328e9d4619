"""Search backends: the embedded database backend and the Elasticsearch backend.

Both implement :class:`search.backends.base.SearchBackend`; :func:`search.backends.get_backend`
picks one from settings (``ELASTICSEARCH_URL`` set → Elasticsearch, otherwise embedded).
"""
