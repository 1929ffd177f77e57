// ESLint (flat config): TypeScript, Lit templates and web-component best practice.
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['wordpress/partner-city-widgets/assets/', 'dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/'],
  },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'src/test-support/**', 'stories/**', 'demo/**'],
    // Chai's property assertions (`expect(x).to.exist`) read as expressions.
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
