"""The version of this package: the library version it is written for (a test checks that
it equals the loaded library's poort_version_string())."""

__version__ = "0.5.1"
