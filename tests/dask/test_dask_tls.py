"""A Dask cluster that speaks only TLS with client certificates, set up as docs/scale.md says: scheduler and
workers with `--protocol tls --tls-ca-file --tls-cert --tls-key`, the client through Dask's environment
settings. The build is the local build; a client without a certificate is refused with a clear error."""
from __future__ import annotations

import datetime
import ipaddress
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path


from dask_helpers import RDF_ARGS, assert_same_outputs, kg_env, run_kg


def _write_pki(folder: Path) -> dict[str, Path]:
    """A throw-away CA and one certificate per party (scheduler, worker, client), each valid for 127.0.0.1."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kg test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    paths = {"ca": folder / "ca.pem"}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    for party in ("scheduler", "worker", "client"):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, party)]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        paths[f"{party}.pem"] = folder / f"{party}.pem"
        paths[f"{party}.key"] = folder / f"{party}.key"
        paths[f"{party}.pem"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        paths[f"{party}.key"].write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        paths[f"{party}.key"].chmod(0o600)
    return paths


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_a_tls_only_cluster_builds_the_local_outputs(corpus: list[str], local_build: Path, tmp_path: Path):
    dask_cli = shutil.which("dask", path=str(Path(sys.executable).parent))
    assert dask_cli, "the dask command is missing: pip install 'kg[dask]'"
    pki = _write_pki(tmp_path)
    scheduler_file = tmp_path / "scheduler.json"
    log = (tmp_path / "cluster.log").open("wb")
    tls = lambda party: ["--tls-ca-file", str(pki["ca"]), "--tls-cert", str(pki[f"{party}.pem"]), "--tls-key", str(pki[f"{party}.key"])]  # noqa: E731
    procs = [subprocess.Popen(
        [dask_cli, "scheduler", "--protocol", "tls", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
         "--scheduler-file", str(scheduler_file), *tls("scheduler")],
        cwd=tmp_path, env=kg_env(), stdout=log, stderr=subprocess.STDOUT,
    )]
    try:
        deadline = time.monotonic() + 120
        while not (scheduler_file.exists() and scheduler_file.read_text(encoding="utf-8").strip()):
            assert procs[0].poll() is None, (tmp_path / "cluster.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "the TLS scheduler did not start within 120 s"
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text(encoding="utf-8"))["address"]
        assert address.startswith("tls://127.0.0.1:"), address
        procs.append(subprocess.Popen(
            [dask_cli, "worker", address, "--nworkers", "1", "--nthreads", "1", "--host", "127.0.0.1",
             "--no-dashboard", "--local-directory", str(tmp_path / "work"), *tls("worker")],
            cwd=tmp_path, env=kg_env(), stdout=log, stderr=subprocess.STDOUT,
        ))
        client_env = kg_env(
            DASK_DISTRIBUTED__COMM__TLS__CA_FILE=str(pki["ca"]),
            DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT=str(pki["client.pem"]),
            DASK_DISTRIBUTED__COMM__TLS__CLIENT__KEY=str(pki["client.key"]),
            DASK_DISTRIBUTED__COMM__REQUIRE_ENCRYPTION="true",
            KG_DASK_WORKER_WAIT="180",
        )
        out = tmp_path / "out"
        proc = run_kg("build", *corpus, "--out", str(out), "--quiet", *RDF_ARGS, "--dask", address, env=client_env)
        assert proc.returncode == 0, proc.stderr
        assert_same_outputs(out, local_build)

        # A client with the CA but no certificate of its own: refused, one line, exit 1.
        no_cert = kg_env(DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="5s", DASK_DISTRIBUTED__COMM__TLS__CA_FILE=str(pki["ca"]))
        refused = run_kg("build", *corpus, "--out", str(tmp_path / "refused"), "--quiet", "--dask", address, env=no_cert)
        assert refused.returncode == 1, refused.stderr
        assert "kg build: cannot reach the Dask scheduler at tls://127.0.0.1:" in refused.stderr
        assert "Traceback" not in refused.stderr
    finally:
        for proc in reversed(procs):
            _stop(proc)
        log.close()
