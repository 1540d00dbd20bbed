import { translator } from "../i18n/i18n";
import messages from "../i18n/vi.json";
import { json, mockFetch } from "../test/render";
import { api, IdempotencyKeys, unwrap } from "./client";
import { ApiError, errorMessage, NetworkError } from "./errors";
import { setAccessToken } from "./session";

const t = translator(messages);

afterEach(() => setAccessToken(null));

describe("authFetch", () => {
  it("sends the in-memory access token", async () => {
    setAccessToken("token-1");
    const { calls } = mockFetch(() => json({ items: [], total: 0, limit: 50, offset: 0 }));
    await api.GET("/api/v1/tasks");
    expect(calls[0]?.request.headers.get("Authorization")).toBe("Bearer token-1");
  });

  it("renews an expired token once from the refresh cookie and retries", async () => {
    setAccessToken("old");
    const { calls } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/auth/refresh")
        return json({ access_token: "new", expires_in: 900, refresh_token: "r" });
      return request.headers.get("Authorization") === "Bearer new"
        ? json({ items: [], total: 0, limit: 50, offset: 0 })
        : json({ detail: "Phiên đăng nhập đã hết hạn" }, 401);
    });
    const answer = await api.GET("/api/v1/tasks");
    expect(answer.response.status).toBe(200);
    const paths = calls.map((call) => new URL(call.request.url).pathname);
    expect(paths).toEqual(["/api/v1/tasks", "/api/v1/auth/refresh", "/api/v1/tasks"]);
    expect(calls[1]?.body).toBe("{}");
  });

  it("renews once for many requests that fail together (the refresh token rotates)", async () => {
    setAccessToken("old");
    const { calls } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/auth/refresh")
        return json({ access_token: "new", expires_in: 900, refresh_token: "r" });
      return request.headers.get("Authorization") === "Bearer new" ? json([]) : json({}, 401);
    });
    await Promise.all([
      api.GET("/api/v1/tasks/summary"),
      api.GET("/api/v1/units/tree"),
      api.GET("/api/v1/me"),
    ]);
    const refreshes = calls.filter((call) => call.request.url.endsWith("/auth/refresh"));
    expect(refreshes).toHaveLength(1);
  });

  it("turns an unreachable server into a NetworkError", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    await expect(api.GET("/api/v1/me")).rejects.toBeInstanceOf(NetworkError);
  });
});

describe("unwrap and errorMessage", () => {
  it("carries the problem, and Retry-After of a lock-out", async () => {
    mockFetch(() =>
      json(
        {
          title: "Quá nhiều yêu cầu",
          detail: "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau 15 phút.",
        },
        429,
        {
          "Retry-After": "900",
        },
      ),
    );
    const error = await api
      .POST("/api/v1/auth/login", {
        body: { username: "x", password: "y", scope: "" },
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      })
      .then(unwrap)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).retryAfter).toBe(900);
    expect(errorMessage(error, t)).toBe(
      "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau 15 phút.",
    );
  });

  it("speaks plainly for network and server faults", () => {
    expect(errorMessage(new NetworkError(), t)).toBe(messages["error.network"]);
    expect(errorMessage(new ApiError(500, { detail: "Traceback…" }), t)).toBe(
      messages["error.server"],
    );
    expect(errorMessage(new ApiError(404, {}), t)).toBe(messages["error.notFound"]);
  });

  it("lists validation messages and finds a field's own message", () => {
    const error = new ApiError(422, {
      detail: "Dữ liệu gửi lên không hợp lệ.",
      errors: [{ loc: ["body", "username"], msg: "Tên đăng nhập đã có", type: "invalid" }],
    });
    expect(errorMessage(error, t)).toBe("Dữ liệu gửi lên không hợp lệ. Tên đăng nhập đã có");
    expect(error.fieldMessage("username")).toBe("Tên đăng nhập đã có");
    expect(error.fieldMessage("password")).toBeUndefined();
  });
});

describe("IdempotencyKeys", () => {
  it("gives a changed body a new key, and the same body its key again only after no answer", async () => {
    const keys = new IdempotencyKeys();
    const seen: string[] = [];
    const refuse = (key: string) => {
      seen.push(key);
      return Promise.reject(new ApiError(422, {}));
    };
    const lose = (key: string) => {
      seen.push(key);
      return Promise.reject(new NetworkError());
    };
    await expect(keys.send({ name: "a" }, refuse)).rejects.toBeInstanceOf(ApiError);
    await expect(keys.send({ name: "a" }, lose)).rejects.toBeInstanceOf(NetworkError);
    await expect(keys.send({ name: "a" }, lose)).rejects.toBeInstanceOf(NetworkError);
    await expect(keys.send({ name: "b" }, refuse)).rejects.toBeInstanceOf(ApiError);
    expect(seen[1]).not.toBe(seen[0]); // answered: spent
    expect(seen[2]).toBe(seen[1]); // same body, no answer: the same key
    expect(seen[3]).not.toBe(seen[2]); // another body: a new key
  });

  it("keeps the key when a proxy gave up (the write may have happened)", async () => {
    const keys = new IdempotencyKeys();
    const seen: string[] = [];
    const gatewayTimeout = (key: string) => {
      seen.push(key);
      return Promise.reject(new ApiError(504, {}));
    };
    await expect(keys.send({ name: "a" }, gatewayTimeout)).rejects.toBeInstanceOf(ApiError);
    await expect(keys.send({ name: "a" }, gatewayTimeout)).rejects.toBeInstanceOf(ApiError);
    expect(seen[1]).toBe(seen[0]);
  });
});
