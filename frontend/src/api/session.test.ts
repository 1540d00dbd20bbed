import { inOneTabAtATime } from "./session";

describe("inOneTabAtATime", () => {
  const original = Object.getOwnPropertyDescriptor(navigator, "locks");
  afterEach(() => {
    if (original) Object.defineProperty(navigator, "locks", original);
    else Reflect.deleteProperty(navigator, "locks");
  });

  it("holds the named Web Lock while the work runs, so other tabs wait", async () => {
    const held: string[] = [];
    Object.defineProperty(navigator, "locks", {
      configurable: true,
      value: {
        request: async (name: string, work: () => Promise<unknown>) => {
          held.push(name);
          return work();
        },
      },
    });
    await expect(inOneTabAtATime("ttdn-session-refresh", async () => "done")).resolves.toBe("done");
    expect(held).toEqual(["ttdn-session-refresh"]);
  });

  it("runs at once where the browser has no Web Locks", async () => {
    Object.defineProperty(navigator, "locks", { configurable: true, value: undefined });
    await expect(inOneTabAtATime("x", async () => 7)).resolves.toBe(7);
  });
});
