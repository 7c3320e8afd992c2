import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { LoupeApi } from '../../shared/contract/api';
import { createClient } from '../../shared/contract/client';
import type { LoupeEvent } from '../../shared/domain/workspace';
import type { HostTransport } from './transport/host-transport';

/** Everything components need from the host; tests provide a fake one. */
export interface Connection {
  api: LoupeApi;
  onEvent(listener: (event: LoupeEvent) => void): () => void;
  /** True in the desktop app, whose native menu owns shortcuts such as Ctrl/Cmd+I. */
  nativeMenu: boolean;
}

export function createConnection(transport: HostTransport): Connection {
  return {
    api: createClient(transport),
    onEvent: (listener) => transport.onEvent(listener),
    nativeMenu: transport.kind === 'ipc',
  };
}

const ConnectionContext = createContext<Connection | null>(null);

export type ConnectionProviderProps = { connection: Connection; children: ReactNode };

export function ConnectionProvider({ connection, children }: ConnectionProviderProps) {
  return <ConnectionContext value={connection}>{children}</ConnectionContext>;
}

export function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useConnection needs a <ConnectionProvider> above it');
  return connection;
}
