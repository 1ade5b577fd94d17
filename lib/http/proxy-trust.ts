/**
 * Which peers are our own reverse proxies (TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, e.g.
 * `127.0.0.1,10.0.0.0/8`; `loopback` for 127.0.0.1 and ::1). Only their X-Forwarded-For and X-Forwarded-Proto are
 * believed: from anyone else those headers are whatever an attacker typed (issue 9, finding 4). Unset, no proxy is
 * trusted and the client is the TCP peer.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

function parseTrusted(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (raw === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, bits] = raw.split('/');
    const family = isIPv6(address) ? 'ipv6' : isIPv4(address) ? 'ipv4' : undefined;
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

/**
 * The header server.ts sets on every request to the address it worked out, replacing whatever a client sent under
 * that name, for code that sees only headers (NextAuth's authorize, route handlers).
 */
export const CLIENT_ADDRESS_HEADER = 'x-gongdu-client-address';

let trusted: { spec: string | undefined; list: BlockList } | undefined;

function trustedList(): BlockList {
  const spec = process.env.TRUSTED_PROXIES;
  if (!trusted || trusted.spec !== spec) trusted = { spec, list: parseTrusted(spec) };
  return trusted.list;
}

/** IPv4 peers show up as ::ffff:1.2.3.4 on a dual-stack socket. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
}

export function isTrustedProxy(address: string | undefined): boolean {
  if (!address) return false;
  const ip = plain(address);
  const family = isIPv6(ip) ? 'ipv6' : isIPv4(ip) ? 'ipv4' : undefined;
  return family !== undefined && trustedList().check(ip, family);
}

/**
 * The client's address: the TCP peer, or — when the peer is a trusted proxy — the right-most X-Forwarded-For entry
 * that is not itself a trusted proxy (entries to its left were written by the client and prove nothing).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined): string {
  let client = plain(peer ?? 'unknown');
  if (!isTrustedProxy(peer)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    client = plain(hops[i]);
    if (!isTrustedProxy(hops[i])) break;
  }
  return client;
}

/** True when the request reached us over https: directly, or via a trusted proxy that says so. */
export function isHttps(peer: string | undefined, encrypted: boolean, forwardedProto: string | string[] | undefined): boolean {
  if (encrypted) return true;
  const proto = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return isTrustedProxy(peer) && proto?.split(',')[0].trim().toLowerCase() === 'https';
}
