// An http:// URL behind an http:// proxy is requested from the proxy in absolute form
// (`GET http://mirror/go.tar.gz`), as curl and browsers do. @actions/http-client tunnels every
// proxied request with CONNECT, which stock proxies refuse for any port but 443 (squid's shipped
// `http_access deny CONNECT !SSL_ports`). https:// URLs keep http-client's CONNECT tunnel, and
// the proxy rules (NO_PROXY, loopback goes direct) stay http-client's own (getProxyUrl).
import { getProxyUrl, type HttpClient } from '@actions/http-client'
import { Agent } from 'node:http'

// http-client's package exports do not include its interfaces module.
type RequestHandler = NonNullable<ConstructorParameters<typeof HttpClient>[1]>[number]

/** The handlers that send a request for `url` through a forwarding proxy; none when not. */
export function forwardProxyHandlers(url: string): RequestHandler[] {
  const target = new URL(url)
  const proxied = target.protocol === 'http:' ? getProxyUrl(url) : ''
  if (!proxied) return []
  const proxy = new URL(proxied)
  if (proxy.protocol !== 'http:') return []
  return [
    {
      prepareRequest: options => {
        // http-client passes its headers as a plain object.
        const headers: Record<string, string> = {
          ...(options.headers as Record<string, string>),
          host: target.host
        }
        if (proxy.username || proxy.password) {
          const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
          headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`
        }
        options.headers = headers
        options.host = proxy.hostname.replace(/^\[(.*)\]$/, '$1')
        options.port = Number(proxy.port || 80)
        options.path = target.href
        // A plain agent: the tunnelling one http-client chose would CONNECT.
        options.agent = new Agent({ keepAlive: false })
      },
      canHandleAuthentication: () => false,
      handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
    }
  ]
}
