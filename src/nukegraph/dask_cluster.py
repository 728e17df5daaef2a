"""Per-document extraction on a Dask distributed cluster (``build --scheduler ADDRESS``).

The client reads each document and sends its bytes, so workers need nukegraph installed but
no access to the corpus folder. A worker plugin builds the extractor once per worker from the
gazetteer the client loaded, so every worker reads with the same names. Results come back in
corpus order through the same bounded window as the local pool.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .cache import code_version
from .errors import SchedulerError
from .extract import Extractor
from .gazetteer import Gazetteer
from .parallel import Job, WorkerOutput, batches, extract_bytes, ordered_window

if TYPE_CHECKING:
    from distributed import Client

try:
    from distributed import WorkerPlugin
except ImportError:  # the optional extra is missing: connect() says how to install it
    WorkerPlugin = object  # type: ignore[assignment,misc]

PLUGIN_NAME = "nukegraph-extractor"
CONNECT_TIMEOUT = "20s"


class ExtractorPlugin(WorkerPlugin):
    """Holds one worker's extractor, built once when the plugin is registered."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.extractor: Extractor | None = None

    def setup(self, worker) -> None:
        from .relations.lexicon import preload

        self.extractor = Extractor(self.gazetteer)
        preload()
        gc.freeze()  # long-lived from here on, as in the local pool's workers


# (corpus-relative path, bytes or None when the client could not read them, name shown in
# messages, the read problem)
_Item = tuple[str, "bytes | None", str, "str | None"]


def extract_on_worker(batch: list[_Item], gazetteer_version: str) -> tuple[str, list[WorkerOutput]]:
    """A Dask task: extract a batch with the worker's extractor. Returns the worker's code
    version with the outputs, so that the client can refuse results of other code."""
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN_NAME]
    extractor = plugin.extractor
    if extractor is None or extractor.gazetteer.version != gazetteer_version:
        raise RuntimeError("the worker's nukegraph plugin holds another gazetteer")
    outputs = [
        extract_bytes(extractor, path, data, shown)
        if data is not None
        else WorkerOutput(path, "", b"", problem)
        for path, data, shown, problem in batch
    ]
    return code_version(), outputs


def connect(address: str) -> Client:
    try:
        from distributed import Client
    except ImportError as exc:
        raise SchedulerError(
            "--scheduler needs Dask distributed: pip install 'nukegraph[dask]'"
        ) from exc
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _read_batch(batch: list[Job]) -> list[_Item]:
    out: list[_Item] = []
    for job in batch:
        try:
            out.append((job.source_path, job.path.read_bytes(), str(job.path), None))
        except OSError as exc:
            out.append(
                (job.source_path, None, str(job.path), f"cannot read: {exc.strerror or exc}")
            )
    return out


def run_dask(address: str, gazetteer: Gazetteer, jobs: Sequence[Job]) -> Iterator[WorkerOutput]:
    """Extract on the cluster at ``address`` and yield outputs in corpus order."""
    client = connect(address)
    try:
        nthreads = sum(client.nthreads().values())
        if nthreads == 0:
            raise SchedulerError(f"the Dask scheduler at {address} has no workers")
        client.register_plugin(ExtractorPlugin(gazetteer), name=PLUGIN_NAME)
        expected = code_version()

        def wait(future) -> list[WorkerOutput]:
            version, outputs = future.result()
            if version != expected:
                raise SchedulerError(
                    f"the Dask workers at {address} run other nukegraph code (version {version}, "
                    f"this client {expected}); install the same nukegraph on the workers"
                )
            return outputs

        yield from ordered_window(
            batches(jobs, nthreads),
            lambda batch: client.submit(
                extract_on_worker, _read_batch(batch), gazetteer.version, pure=False
            ),
            wait,
            window=2 * nthreads + 1,
        )
    finally:
        client.close()
