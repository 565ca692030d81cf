/** The address of a script built on its own by src/integrations/standalone-script.ts. */
declare module 'standalone-script:*' {
  const address: string;
  export default address;
}
