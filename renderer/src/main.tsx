import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ConnectionProvider, createConnection } from './connection';
import { selectTransport } from './transport/select-transport';
import './styles/base.css';
import './styles/layout.css';
import './styles/list.css';
import './styles/pane.css';
import './styles/original.css';
import './styles/panes.css';
import './styles/overlays.css';
import './styles/tagging.css';
import './styles/forms.css';
import './styles/search.css';
import './styles/briefing.css';
import './styles/stories.css';

const connection = createConnection(selectTransport());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ConnectionProvider connection={connection}>
      <App />
    </ConnectionProvider>
  </StrictMode>,
);
