"""newsclean inside scraping frameworks, one module per framework.

Each module imports its framework itself, so ``import newsclean`` never does; install the
matching extra (``pip install 'newsclean[scrapy]'``) to use one. requests and httpx need no
module here: :func:`newsclean.clean_response` takes their responses as they are.
"""
