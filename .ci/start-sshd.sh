#!/usr/bin/env bash
# Starts Debian's OpenSSH sshd on 127.0.0.1 on a free high port, with its own host keys, client
# key, config and pid file under one temp dir, for the OpenSSH contract tests and benchmarks.
# Prints `export DRILLBOOK_TEST_SSHD_...=...` lines; use it as:  eval "$(.ci/start-sshd.sh)"
# Stop it with:  kill "$(cat "$DRILLBOOK_TEST_SSHD_DIR/sshd.pid")"
# Needs openssh-server (apt-get install -y openssh-server). Diagnostics go to stderr.
set -euo pipefail

SSHD=/usr/sbin/sshd
if [[ ! -x $SSHD ]]; then
  echo "start-sshd: $SSHD not found; install openssh-server" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/drillbook-sshd.XXXXXX")
chmod 700 "$dir"
user=$(id -un)

ssh-keygen -q -t ed25519 -N '' -C drillbook-test-host -f "$dir/host_ed25519"
ssh-keygen -q -t rsa -b 3072 -N '' -C drillbook-test-host -f "$dir/host_rsa"
ssh-keygen -q -t ed25519 -N '' -C drillbook-test-client -f "$dir/client_ed25519"
cp "$dir/client_ed25519.pub" "$dir/authorized_keys"
chmod 600 "$dir/authorized_keys"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

write_config() {
  cat > "$dir/sshd_config" <<CONF
Port $1
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519
HostKey $dir/host_rsa
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
StrictModes no
AllowTcpForwarding yes
Subsystem sftp internal-sftp
LogLevel INFO
MaxSessions 100
MaxStartups 100:30:200
CONF
}

mkdir -p /run/sshd
for attempt in 1 2 3; do
  port=$(free_port)
  write_config "$port"
  "$SSHD" -t -f "$dir/sshd_config" >&2
  if "$SSHD" -f "$dir/sshd_config" -E "$dir/sshd.log"; then
    for _ in $(seq 1 100); do
      [[ -s $dir/sshd.pid ]] && python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
      sleep 0.05
    done
    if [[ -s $dir/sshd.pid ]]; then
      echo "export DRILLBOOK_TEST_SSHD_DIR=$dir"
      echo "export DRILLBOOK_TEST_SSHD_HOST=127.0.0.1"
      echo "export DRILLBOOK_TEST_SSHD_PORT=$port"
      echo "export DRILLBOOK_TEST_SSHD_USER=$user"
      echo "export DRILLBOOK_TEST_SSHD_KEY=$dir/client_ed25519"
      echo "export DRILLBOOK_TEST_SSHD_HOST_PUBKEY=$dir/host_ed25519.pub"
      echo "start-sshd: sshd (pid $(cat "$dir/sshd.pid")) listening on 127.0.0.1:$port, log $dir/sshd.log" >&2
      exit 0
    fi
  fi
  echo "start-sshd: attempt $attempt on port $port failed; see $dir/sshd.log" >&2
done
exit 1
