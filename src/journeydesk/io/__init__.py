"""Reading and writing map files (no Qt): the pydantic file schema lives here."""

from .errors import LoadError, Problem, SaveError
from .load import load, load_data, load_text
from .save import dumps, save, write_atomic
from .schema import FORMAT_NAME, FORMAT_VERSION, json_schema

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "LoadError",
    "Problem",
    "SaveError",
    "dumps",
    "json_schema",
    "load",
    "load_data",
    "load_text",
    "save",
    "write_atomic",
]
