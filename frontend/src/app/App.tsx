import { Suspense, useState } from 'react';
import { RouterProvider } from 'react-router';
import { LoadingState } from '../components/QueryState';
import { AppProviders } from './providers';
import { makeRouter } from './router';

export function App() {
  const [router] = useState(makeRouter);
  return (
    <AppProviders>
      {/* Pages load when first shown (router.tsx); this shows while the first one arrives. */}
      <Suspense fallback={<LoadingState />}>
        <RouterProvider router={router} />
      </Suspense>
    </AppProviders>
  );
}
