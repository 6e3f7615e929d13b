import { lazy, Suspense, useState } from 'react';
import { Navigate } from 'react-router';
import { lastProject } from '../features/releases/shared/last-project';
import { loadModule } from '../lib/retrying-import';
import { paths } from '../lib/paths';

/*
 * Fetched only when there is no project to reopen: most visits to `/` go straight to a list, whose
 * first load then carries none of the chooser's code (antd's Typography and Skeleton).
 */
const ProjectChooser = lazy(() => loadModule(() => import('./project-chooser')));

/** `/`: opens the last project used, or offers a project picker. */
export function HomePage() {
  const [remembered] = useState(lastProject);
  if (remembered) return <Navigate to={paths.releases(remembered)} replace />;
  return (
    <Suspense fallback={null}>
      <ProjectChooser />
    </Suspense>
  );
}
