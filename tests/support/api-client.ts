/**
 * A small HTTP client for API tests that behaves like a browser on the portal: it keeps
 * cookies, fetches the CSRF token once and sends it in x-csrftoken on every POST.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, { method: "GET", headers });
  }

  /** POSTs `body` as JSON with the CSRF token; `body` may be a raw string to send as is. */
  async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const token = await this.ensureCsrfToken();
    return this.send(path, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrftoken": token, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  async ensureCsrfToken(): Promise<string> {
    if (this.csrfToken) return this.csrfToken;
    const response = await this.get("/api/csrf/");
    const { csrftoken } = (await response.json()) as { csrftoken: string };
    this.csrfToken = csrftoken;
    return csrftoken;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  clearCookie(name: string): void {
    this.cookies.delete(name);
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers({
      ...this.defaultHeaders,
      ...(init.headers as Record<string, string>),
    });
    if (this.cookies.size > 0 && !headers.has("cookie")) {
      headers.set(
        "cookie",
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      );
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers,
      redirect: "manual",
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
