import { Center, Loader } from '@mantine/core';

export function FullPageLoader() {
  return (
    <Center mih="100vh" bg="gray.0">
      <Loader size="sm" aria-label="Loading" />
    </Center>
  );
}
