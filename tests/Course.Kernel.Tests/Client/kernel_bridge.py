"""Drives one Jupyter kernel with the real jupyter_client, for the C# tests.

Started as `python3 kernel_bridge.py KERNEL_NAME`; the kernelspec is found through JUPYTER_PATH.
Reads one JSON command per line on stdin and answers each with one JSON line on stdout.
"""
import hashlib
import hmac
import json
import sys
import time
import uuid
from queue import Empty

import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import utcnow


def simplify(msg):
    return {
        "msg_type": msg["header"]["msg_type"],
        "parent_id": msg["parent_header"].get("msg_id"),
        "content": msg["content"],
    }


class Bridge:
    def __init__(self, kernel_name):
        self.km = KernelManager(kernel_name=kernel_name)
        self.km.start_kernel()
        self.connect()

    def connect(self):
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)

    def collect(self, msg_ids, timeout):
        """Waits until every request in msg_ids has its reply and its idle status."""
        deadline = time.monotonic() + timeout
        pending_replies = set(msg_ids)
        pending_idle = set(msg_ids)
        replies, reply_order, iopub = {}, [], {i: [] for i in msg_ids}
        while pending_replies or pending_idle:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{len(pending_replies)} replies and {len(pending_idle)} idles missing")
            if pending_replies and self.kc.shell_channel.msg_ready():
                msg = self.kc.get_shell_msg(timeout=left)
                parent = msg["parent_header"].get("msg_id")
                if parent in pending_replies:
                    pending_replies.discard(parent)
                    replies[parent] = simplify(msg)
                    reply_order.append(parent)
                continue
            if pending_idle and self.kc.iopub_channel.msg_ready():
                msg = self.kc.get_iopub_msg(timeout=left)
                parent = msg["parent_header"].get("msg_id")
                if parent in iopub:
                    iopub[parent].append(simplify(msg))
                    if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                        pending_idle.discard(parent)
                continue
            time.sleep(0.002)
        return {"replies": [replies[i] for i in msg_ids], "reply_order": reply_order,
                "iopub": [iopub[i] for i in msg_ids]}

    def op_kernel_info(self, cmd):
        return simplify(self.kc.kernel_info(reply=True, timeout=cmd.get("timeout", 60)))

    def op_execute(self, cmd):
        msg_id = self.send_execute(cmd)
        result = self.collect([msg_id], cmd.get("timeout", 120))
        return {"reply": result["replies"][0], "iopub": result["iopub"][0]}

    def send_execute(self, cmd):
        return self.kc.execute(cmd["code"], silent=cmd.get("silent", False),
                               store_history=cmd.get("store_history", True),
                               stop_on_error=cmd.get("stop_on_error", True),
                               allow_stdin=cmd.get("allow_stdin", True))

    def op_execute_with_input(self, cmd):
        """Runs a cell that reads input, answering each input_request on the stdin channel in turn."""
        msg_id = self.send_execute(cmd)
        answers = list(cmd["answers"])
        requests = []
        deadline = time.monotonic() + cmd.get("timeout", 120)
        while answers and time.monotonic() < deadline:
            try:
                msg = self.kc.get_stdin_msg(timeout=0.2)
            except Empty:
                continue
            if msg["msg_type"] == "input_request" and msg["parent_header"].get("msg_id") == msg_id:
                requests.append(msg["content"])
                self.kc.input(answers.pop(0))
        result = self.collect([msg_id], max(deadline - time.monotonic(), 1))
        return {"reply": result["replies"][0], "iopub": result["iopub"][0], "input_requests": requests}

    def op_inspect(self, cmd):
        return simplify(self.kc.inspect(cmd["code"], cmd.get("cursor_pos"), reply=True, timeout=60))

    def op_comm_open(self, cmd):
        """Opens a comm to a target the kernel does not have; returns the IOPub messages it caused."""
        msg = self.kc.session.msg("comm_open", {"comm_id": cmd["comm_id"], "target_name": cmd["target_name"], "data": {}})
        self.kc.shell_channel.send(msg)
        msg_id = msg["header"]["msg_id"]
        deadline = time.monotonic() + cmd.get("timeout", 60)
        seen = []
        while time.monotonic() < deadline:
            try:
                out = self.kc.get_iopub_msg(timeout=0.5)
            except Exception:
                continue
            if out["parent_header"].get("msg_id") != msg_id:
                continue
            seen.append(simplify(out))
            if out["msg_type"] == "status" and out["content"]["execution_state"] == "idle":
                break
        return {"iopub": seen}

    def op_drain_iopub(self, cmd):
        """Every IOPub message that arrives within the given seconds, whichever request it belongs to."""
        deadline = time.monotonic() + cmd.get("seconds", 1)
        seen = []
        while time.monotonic() < deadline:
            try:
                seen.append(simplify(self.kc.get_iopub_msg(timeout=0.1)))
            except Exception:
                pass
        return {"iopub": seen}

    def op_kernel_pid(self, cmd):
        return {"pid": self.km.provisioner.pid}

    def op_send_execute(self, cmd):
        return {"msg_id": self.send_execute(cmd)}

    def op_collect(self, cmd):
        return self.collect(cmd["msg_ids"], cmd.get("timeout", 120))

    def op_execute_many(self, cmd):
        ids = [self.kc.execute(code) for code in cmd["codes"]]
        result = self.collect(ids, cmd.get("timeout", 300))
        result["sent_order"] = ids
        return result

    def op_wait_for_output(self, cmd):
        """Reads IOPub until a stream output or display of the given request contains the text."""
        deadline = time.monotonic() + cmd.get("timeout", 60)
        seen = []
        while time.monotonic() < deadline:
            try:
                msg = self.kc.get_iopub_msg(timeout=0.5)
            except Exception:
                continue
            if msg["parent_header"].get("msg_id") != cmd["msg_id"]:
                continue
            seen.append(simplify(msg))
            if msg["msg_type"] == "stream" and cmd["text"] in msg["content"]["text"]:
                return {"found": True, "iopub": seen}
            if msg["msg_type"] == "display_data" and cmd["text"] in msg["content"]["data"].get("text/plain", ""):
                return {"found": True, "iopub": seen}
        return {"found": False, "iopub": seen}

    def op_interrupt(self, cmd):
        self.km.interrupt_kernel()
        return {}

    def op_heartbeat(self, cmd):
        info = self.km.get_connection_info()
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.REQ)
        sock.linger = 0
        sock.connect(f"{info['transport']}://{info['ip']}:{info['hb_port']}")
        payload = uuid.uuid4().hex.encode()
        start = time.monotonic()
        sock.send(payload)
        answered = sock.poll(cmd.get("timeout", 5) * 1000) != 0
        echo = sock.recv() if answered else b""
        sock.close()
        return {"answered": answered, "echo_matches": echo == payload, "seconds": time.monotonic() - start}

    def op_raw_execute(self, cmd):
        """Sends an execute_request through a raw DEALER socket, signed with the connection key
        or, when cmd["tamper"] is set, with a wrong signature; reports any reply within the wait."""
        info = self.km.get_connection_info()
        key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
        header = {"msg_id": uuid.uuid4().hex, "session": uuid.uuid4().hex, "username": "test",
                  "date": utcnow().isoformat(), "msg_type": "execute_request", "version": "5.3"}
        content = {"code": cmd["code"], "silent": False, "store_history": True,
                   "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}
        parts = [json.dumps(p).encode() for p in (header, {}, {}, content)]
        signature = hmac.new(key, b"".join(parts), hashlib.sha256).hexdigest()
        if cmd.get("tamper"):
            signature = signature[::-1] if signature[::-1] != signature else "0" * 64
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.DEALER)
        sock.linger = 0
        sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        sock.send_multipart([b"<IDS|MSG>", signature.encode()] + parts)
        replied = sock.poll(cmd.get("wait", 3) * 1000) != 0
        reply_type = None
        if replied:
            frames = sock.recv_multipart()
            reply_type = json.loads(frames[frames.index(b"<IDS|MSG>") + 2])["msg_type"]
        sock.close()
        return {"replied": replied, "reply_type": reply_type}

    def op_complete(self, cmd):
        return simplify(self.kc.complete(cmd["code"], cmd.get("cursor_pos"), reply=True, timeout=60))

    def op_is_complete(self, cmd):
        msg_id = self.kc.is_complete(cmd["code"])
        return self.reply_to(msg_id, cmd.get("timeout", 60))

    def op_request(self, cmd):
        """Any shell request by type and content, answered by its reply."""
        msg = self.kc.session.msg(cmd["msg_type"], cmd.get("content", {}))
        self.kc.shell_channel.send(msg)
        return self.reply_to(msg["header"]["msg_id"], cmd.get("timeout", 60))

    def reply_to(self, msg_id, timeout):
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=max(deadline - time.monotonic(), 0.01))
            if msg["parent_header"].get("msg_id") == msg_id:
                return simplify(msg)

    def op_restart(self, cmd):
        self.kc.stop_channels()
        self.km.restart_kernel(now=False)
        self.connect()
        return {"alive": self.km.is_alive()}

    def op_shutdown(self, cmd):
        self.kc.stop_channels()
        start = time.monotonic()
        self.km.shutdown_kernel(now=False)
        return {"alive": self.km.is_alive(), "seconds": time.monotonic() - start}


def main():
    bridge = Bridge(sys.argv[1])
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            result = getattr(bridge, "op_" + cmd["op"])(cmd)
        except Exception as e:  # reported to the test, which fails with it
            result = {"exception": f"{type(e).__name__}: {e}"}
        result["id"] = cmd.get("id")
        print(json.dumps(result), flush=True)
        if cmd["op"] == "shutdown":
            break


if __name__ == "__main__":
    main()
