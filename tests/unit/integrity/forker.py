"""A fork server for the crash test: imports the program once, then forks one child per
command (``{"args": [...], "out": FILE}`` on stdin) and answers ``pid N``; after the next line
on stdin it waits for the child and answers ``exit STATUS`` (the child is reaped only then, so
its pid is never another process's while the test may kill it). The child is the command line
itself (``cli.main``), its standard output going line by line to FILE: each kill costs the
work of the command, not the start of Python and the imports (about a second here).

Run as ``python -m tests.unit.integrity.forker``."""

from __future__ import annotations

import json
import os
import sys


def main() -> None:
    import buergeranfragen.contacts.io.transfer
    import buergeranfragen.context
    import buergeranfragen.mail.intake  # noqa: F401 - imported once, before the forks
    from buergeranfragen.cli import main as run_command

    print("ready", flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            out = os.open(command["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            err = os.open(command["out"] + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(out, 1)
            os.dup2(err, 2)
            sys.stdout = open(1, "w", buffering=1, encoding="utf-8", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", buffering=1, encoding="utf-8", closefd=False)  # noqa: SIM115
            code = 1
            try:
                code = run_command(command["args"])
            except BaseException:  # noqa: BLE001 - written to the error file
                import traceback

                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        print(f"pid {pid}", flush=True)
        sys.stdin.readline()  # reaped only when asked: until then the pid stays the child's
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    main()
