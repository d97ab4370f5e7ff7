// Stylesheets are bundled by each app's Vite build; TypeScript only needs to know they exist.
declare module '*.css';
