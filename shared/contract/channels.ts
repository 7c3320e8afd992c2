import type { LoupeApi } from './api';
import { CONTRACT_METHODS } from './methods';

export const CHANNEL_PREFIX = 'loupe:';
export const EVENT_CHANNEL = 'loupe:event';

export function channelName(service: string, method: string): string {
  return `${CHANNEL_PREFIX}${service}.${method}`;
}

export interface ParsedChannel {
  service: keyof LoupeApi;
  method: string;
}

/** Accepts exactly the channels the contract defines, nothing else. */
export function parseChannel(channel: string): ParsedChannel | null {
  if (!channel.startsWith(CHANNEL_PREFIX)) return null;
  const [service, method, ...rest] = channel.slice(CHANNEL_PREFIX.length).split('.');
  if (!service || !method || rest.length > 0) return null;
  if (!Object.hasOwn(CONTRACT_METHODS, service)) return null;
  const methods: readonly string[] = CONTRACT_METHODS[service as keyof LoupeApi];
  if (!methods.includes(method)) return null;
  return { service: service as keyof LoupeApi, method };
}

export function allChannels(): string[] {
  return Object.entries(CONTRACT_METHODS).flatMap(([service, methods]) =>
    methods.map((method) => channelName(service, method)),
  );
}
