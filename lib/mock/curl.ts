/** A curl command that fetches exactly this response, head included. */
export function curlCommand(url: string): string {
  return `curl -i '${url.replace(/'/g, "'\\''")}'`;
}

export function mockUrl(origin: string, path: string, query: string): string {
  return `${origin}${path}${query ? `?${query}` : ""}`;
}
