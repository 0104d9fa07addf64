package watch

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// ErrPrivateAddress is returned for a connection to a private, loopback,
// link-local or otherwise non-public address when they are not allowed.
var ErrPrivateAddress = errors.New("refused: not a public address")

// cgnat is the carrier-grade NAT range, not covered by netip's IsPrivate.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// IsPublic reports whether ip is a public unicast address.
func IsPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsValid() && ip.IsGlobalUnicast() && !ip.IsPrivate() && !ip.IsLoopback() &&
		!ip.IsLinkLocalUnicast() && !ip.IsUnspecified() && !cgnat.Contains(ip)
}

// dialControl returns a net.Dialer Control function that refuses non-public
// addresses unless allowPrivate. It runs after name resolution, on the
// address actually dialled.
func dialControl(allowPrivate bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		if allowPrivate {
			return nil
		}
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, address)
		}
		ip, err := netip.ParseAddr(host)
		if err != nil || !IsPublic(ip) {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, host)
		}
		return nil
	}
}
