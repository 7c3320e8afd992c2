import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
// Only what a read-only text viewer uses: find (Ctrl/Cmd+F), copy and its context menu,
// hovers (they explain highlighted invisible characters), word and line selection.
// Folding is left out: clean text has no indentation structure to fold.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/unicodeHighlighter/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/cursorUndo/register';
// Notes are Markdown: colour it in the note editor.
import 'monaco-editor/languages/definitions/markdown/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// The worker comes from our own bundle (worker-src 'self'), never from a CDN.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// Without this, @monaco-editor/react injects a <script> from cdn.jsdelivr.net, which the CSP
// blocks and an offline analyst could not load anyway.
loader.config({ monaco });
