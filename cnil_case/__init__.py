"""cnil-case: a case file for personal-data-breach investigations under the GDPR."""

__version__ = "0.1.0"
