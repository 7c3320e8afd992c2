import type { HostTransport, LoupeBridge } from './host-transport';
import { describeError, transportFailure } from './transport-failure';

/**
 * The desktop transport. The main process answers with Results; a rejection only happens when
 * IPC itself fails (a channel the preload refuses, the main process gone), so it becomes data too.
 */
export function createIpcTransport(bridge: LoupeBridge): HostTransport {
  return {
    kind: 'ipc',
    async invoke(channel, arg) {
      try {
        return await bridge.invoke(channel, arg);
      } catch (error) {
        return transportFailure(`${channel}: ${describeError(error)}`);
      }
    },
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
