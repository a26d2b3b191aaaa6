"""Work done in another process, off the editor's event loop: a replica of the
document kept up to date by patches (``replica``), and the analysis worker that
analyses it (``analysis_process``). No Qt: the worker is a plain Python process."""
