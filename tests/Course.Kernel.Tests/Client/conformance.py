"""The official Jupyter kernel conformance suite (jupyter_kernel_test) for the course kernel.

Run as `python3 conformance.py KERNEL_NAME RESULTS.json`; the kernelspec is found through JUPYTER_PATH.
Writes one entry per test (and per failing subtest): its outcome and, for failures, the message.
"""
import json
import sys
import unittest

import jupyter_kernel_test


class CourseKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = sys.argv[1]
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("something went wrong");'
    code_generate_error = 'throw new InvalidOperationException("boom");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "Math.Sqrt(2.25)", "result": "1.5"},
        {"code": '"text"', "result": "text"},
    ]
    code_display_data = [
        {"code": 'display(HTML("<b>bold</b>"));', "mime": "text/html"},
        {"code": 'display("shown");', "mime": "text/plain"},
    ]
    completion_samples = [
        {"text": "Math.Sqr", "matches": {"Sqrt"}},
        {"text": "var numbers = new List<int>();\nnumbers.AddR", "matches": {"AddRange"}},
    ]
    complete_code_samples = ["var a = 1;", "Math.Sqrt(2)", "for (int i = 0; i < 3; i++) { }"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "var total = 1 +", 'var s = @"first line']
    invalid_code_samples = ['var s = "abc', "}", "var 1x = 2;"]
    code_inspect_sample = "Math.Sqrt"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The suite allows 15 s per cell; the first one also starts the C# compiler, so warm it up.
        cls.kc.execute_interactive("1", timeout=300, output_hook=lambda msg: None)


class Recorder(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcomes = {}

    def _name(self, test):
        return test.id().split(".")[-1] if not isinstance(test, unittest.case._SubTest) else test.id().split(".", 2)[-1]

    def addSuccess(self, test):
        super().addSuccess(test)
        self.outcomes.setdefault(self._name(test), {"outcome": "passed"})

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.outcomes[self._name(test)] = {"outcome": "failed", "message": self._exc_info_to_string(err, test)}

    def addError(self, test, err):
        super().addError(test, err)
        self.outcomes[self._name(test)] = {"outcome": "error", "message": self._exc_info_to_string(err, test)}

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.outcomes[self._name(test)] = {"outcome": "skipped", "message": reason}

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            outcome = "skipped" if issubclass(err[0], unittest.SkipTest) else "failed"
            self.outcomes[self._name(subtest)] = {"outcome": outcome, "message": self._exc_info_to_string(err, test)}


def main():
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(CourseKernelTests)
    result = unittest.TextTestRunner(resultclass=Recorder, verbosity=2, stream=sys.stderr).run(suite)
    with open(sys.argv[2], "w") as out:
        json.dump(result.outcomes, out, indent=1)


if __name__ == "__main__":
    main()
