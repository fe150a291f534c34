/** The task pane's entry: wait for Office, then render in the user's display language. */
import { createRoot } from 'react-dom/client';
import { officeServices } from '../app/composition';
import { App } from './App';

function displayLanguage(): 'da' | 'en' {
  const tag = Office.context?.displayLanguage ?? navigator.language;
  return /^da\b/i.test(tag) ? 'da' : 'en';
}

void Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root');
  createRoot(root).render(<App services={officeServices()} initialLanguage={displayLanguage()} />);
});
