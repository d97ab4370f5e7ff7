import { Center, Loader } from '@mantine/core';

export function FullPageLoader() {
  return (
    <Center mih="100vh" bg="gray.0">
      <Loader size="sm" aria-label="Loading" />
    </Center>
  );
}

/** Inside the shell while a page's chunk loads: the navigation around it stays usable. */
export function PageLoader() {
  return (
    <Center py="xl">
      <Loader size="sm" aria-label="Loading" />
    </Center>
  );
}
