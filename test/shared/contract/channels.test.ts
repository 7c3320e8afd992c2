import { describe, expect, it } from 'vitest';
import { CONTRACT_METHODS } from '../../../shared/contract/methods';
import { schemas } from '../../../shared/contract/schemas';
import { allChannels, channelName, parseChannel } from '../../../shared/contract/channels';

describe('channel names', () => {
  it.each([
    ['loupe:corpus.list', { service: 'corpus', method: 'list' }],
    ['loupe:workspace.openRecent', { service: 'workspace', method: 'openRecent' }],
    ['loupe:corpus.nothing', null],
    ['loupe:constructor.list', null],
    ['loupe:corpus.__proto__', null],
    ['other:corpus.list', null],
    ['loupe:corpus.list.extra', null],
    ['loupe:', null],
  ])('%s parses to %j', (channel, expected) => {
    expect(parseChannel(channel)).toEqual(expected);
  });

  it('derives every channel from the contract and parses each back', () => {
    const channels = allChannels();
    expect(channels).toContain(channelName('corpus', 'importFiles'));
    for (const channel of channels) expect(parseChannel(channel)).not.toBeNull();
  });
});

describe('contract method list', () => {
  it('names exactly the methods that have argument schemas', () => {
    const fromSchemas = Object.entries(schemas).map(([s, methods]) => [s, Object.keys(methods).sort()]);
    const fromList = Object.entries(CONTRACT_METHODS).map(([s, methods]) => [s, [...methods].sort()]);
    expect(fromList).toEqual(fromSchemas);
  });
});
