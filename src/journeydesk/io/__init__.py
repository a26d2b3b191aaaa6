"""Reading and writing map files (no Qt): the pydantic file schema lives here."""

from .atomic import backup_path, check_writable, write_atomic
from .errors import LoadError, Problem, ReadOnlyError, SaveError
from .load import load, load_data, load_text
from .save import dumps, save
from .schema import FORMAT_NAME, FORMAT_VERSION, json_schema

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "LoadError",
    "Problem",
    "ReadOnlyError",
    "SaveError",
    "backup_path",
    "check_writable",
    "dumps",
    "json_schema",
    "load",
    "load_data",
    "load_text",
    "save",
    "write_atomic",
]
