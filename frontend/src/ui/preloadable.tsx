import { type ComponentType, type ReactNode, useEffect, useState } from "react";

export interface Preloadable<P extends object> {
  /** Renders the component, or `fallback` until its code is here. */
  Component: ComponentType<P>;
  /** Fetches the code now (once; again after a failure). */
  preload: () => Promise<unknown>;
}

/**
 * A component whose code is fetched apart, and can be fetched ahead of its first rendering (as the
 * login form shows, or before React first renders): once the code is here it renders at once.
 * Unlike React.lazy, it never suspends: a code arriving after the fallback shows replaces it as a
 * plain update, without the few hundred milliseconds React keeps a Suspense fallback on screen.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback: ReactNode,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module.default;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per module, as React.lazy is
  function Component(props: P) {
    // Set once: the component never changes under a mounted tree (it would be remounted).
    const [Loaded, setLoaded] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown }>();
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      preload().then(
        (component) => live && setLoaded(() => component),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, [Loaded]);
    // Like a failed React.lazy: the nearest error boundary says so.
    if (failure) throw failure.error;
    return Loaded ? <Loaded {...props} /> : fallback;
  }
  return { Component, preload };
}
