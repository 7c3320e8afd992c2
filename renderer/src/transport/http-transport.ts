import { CHANNEL_PREFIX } from '../../../shared/contract/channels';
import type { LoupeEvent } from '../../../shared/domain/workspace';
import type { HostTransport } from './host-transport';
import { describeError, transportFailure } from './transport-failure';

export interface HttpTransportOptions {
  /** The per-launch token the web host put in the page. */
  token: string;
  /** The page's address; API paths are resolved against it so the host may live under any path. */
  baseUrl: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

/**
 * The web host's transport: one POST per call, and one shared EventSource for events.
 * The host answers 200 with a Result for expected failures, so anything else means the call
 * never reached a service.
 */
export function createHttpTransport(options: HttpTransportOptions): HostTransport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const listeners = new Set<(event: LoupeEvent) => void>();
  let source: EventSource | null = null;

  function openEvents(): EventSource {
    const Source = options.EventSource ?? globalThis.EventSource;
    const url = new URL('api/events', options.baseUrl);
    url.searchParams.set('token', options.token);
    const opened = new Source(url.href);
    opened.onmessage = (message: MessageEvent<string>) => {
      let event: LoupeEvent;
      try {
        event = JSON.parse(message.data) as LoupeEvent;
      } catch {
        console.warn('Loupe: ignored an event that is not JSON');
        return;
      }
      for (const listener of [...listeners]) listener(event);
    };
    return opened;
  }

  return {
    kind: 'http',
    async invoke(channel, arg) {
      if (!channel.startsWith(CHANNEL_PREFIX)) return transportFailure(`Not a Loupe channel: ${channel}`);
      const url = new URL(`api/${channel.slice(CHANNEL_PREFIX.length)}`, options.baseUrl);
      let response: Response;
      try {
        response = await doFetch(url.href, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Loupe-Token': options.token },
          body: JSON.stringify(arg ?? {}),
        });
      } catch (error) {
        return transportFailure(`Could not reach Loupe (${channel}): ${describeError(error)}`);
      }
      if (response.status !== 200) {
        const detail = await errorMessageOf(response);
        return transportFailure(`${channel} failed: HTTP ${response.status}${detail ? ` (${detail})` : ''}`);
      }
      try {
        return (await response.json()) as unknown;
      } catch (error) {
        return transportFailure(
          `${channel} answered with something that is not JSON: ${describeError(error)}`,
        );
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      source ??= openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

/** The host explains most refusals (bad token, unknown channel) in a Result body; keep its words. */
async function errorMessageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : response.statusText;
  } catch {
    return response.statusText;
  }
}
