#!/usr/bin/env python3
"""Runs the reference model of the interleaving rules on many transactions.

usage: model_driver.py MODEL_FILE < cases.json > verdicts.json
cases.json: a JSON array of {"inst": {...}, "traces": [[[name, {args}], ...], ...]} in the model's own
form; verdicts.json: an array of {"ok": bool, "error": str}, in order. Any exception of the model on a
case counts as a failure of that case (the model indexes lists with pids it was given)."""
import importlib.util
import json
import sys


def load(path):
    spec = importlib.util.spec_from_file_location("interleaving_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    model = load(sys.argv[1])
    cases = json.load(sys.stdin)
    verdicts = []
    for case in cases:
        inst = case["inst"]
        traces = [[(op[0], op[1]) for op in trace] for trace in case["traces"]]
        try:
            model.check(inst, traces)
            verdicts.append({"ok": True, "error": ""})
        except model.Fail as e:
            verdicts.append({"ok": False, "error": str(e)})
        except Exception as e:  # an index the model did not guard: the case is illegal
            verdicts.append({"ok": False, "error": "model raised %s: %s" % (type(e).__name__, e)})
    json.dump(verdicts, sys.stdout)


if __name__ == "__main__":
    main()
