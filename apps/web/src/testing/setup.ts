/**
 * The component tests' set-up (vitest project `component`, jsdom): the API double in place of the
 * network, and a clean page and API double after each test.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installApiDouble, resetApiDouble } from './api-double.ts';

installApiDouble();

afterEach(() => {
  cleanup();
  resetApiDouble();
});
