"""The Dask tests' fixtures live in dask_support.py, a module name no other test folder uses: test modules import
their helpers from there, since a plain ``from conftest import`` would find another folder's conftest first."""
from dask_support import cluster, corpus, local_build  # noqa: F401  (fixtures)
