export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedHops: number): string;
export function trustedHopsFrom(value: string | undefined): number;
