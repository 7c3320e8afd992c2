import type { LoupeApi } from './api';
import { channelName } from './channels';
import { CONTRACT_METHODS } from './methods';
import type { LoupeEvent } from '../domain/workspace';

/** What a transport must provide; the client does not know whether it is IPC or HTTP. */
export interface Transport {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  onEvent(listener: (event: LoupeEvent) => void): () => void;
}

/** Builds a typed proxy of the whole contract over any transport. */
export function createClient(transport: Transport): LoupeApi {
  const api: Record<string, Record<string, (arg?: unknown) => Promise<unknown>>> = {};
  for (const [service, methods] of Object.entries(CONTRACT_METHODS)) {
    api[service] = {};
    for (const method of methods) {
      const channel = channelName(service, method);
      api[service][method] = (arg?: unknown) => transport.invoke(channel, arg ?? {});
    }
  }
  return api as unknown as LoupeApi;
}
