import { useCallback, useEffect, useState } from 'react';
import type { LoupeApi } from '../../../shared/contract/api';
import type { StoreProblem, WorkspaceInfo } from '../../../shared/domain/workspace';
import type { Notice } from './notices';
import { notice, noticeOfProblem } from './notices';

export interface Workspace {
  info: WorkspaceInfo | null;
  notices: Notice[];
  reload(): Promise<void>;
  addProblem(problem: StoreProblem): void;
  addNotice(subject: string, text: string): void;
  dismiss(key: string): void;
}

/**
 * The open workspace and the banners about it. Reloading replaces the banners: the problems
 * of a workspace that is no longer open are no longer the analyst's concern.
 */
export function useWorkspace(api: LoupeApi): Workspace {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);

  const reload = useCallback(async () => {
    const result = await api.workspace.info({});
    if (result.ok) {
      setInfo(result.value);
      setNotices(result.value.problems.map(noticeOfProblem));
    } else {
      setNotices((list) => [...list, notice('Workspace', `could not be opened: ${result.error.message}`)]);
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const addProblem = useCallback((problem: StoreProblem) => {
    setNotices((list) => [...list, noticeOfProblem(problem)]);
  }, []);
  const addNotice = useCallback((subject: string, text: string) => {
    setNotices((list) => [...list, notice(subject, text)]);
  }, []);
  const dismiss = useCallback((key: string) => {
    setNotices((list) => list.filter((n) => n.key !== key));
  }, []);

  return { info, notices, reload, addProblem, addNotice, dismiss };
}
