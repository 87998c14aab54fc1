import { Group, Progress, Text } from '@mantine/core';

/** An amount with a proportional bar: a chart without a chart library. */
export function BarCell({
  value,
  max,
  label,
  color = 'teal',
  ariaLabel,
}: {
  value: number;
  max: number;
  label: string;
  color?: string;
  ariaLabel: string;
}) {
  const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <Group gap="sm" wrap="nowrap">
      <Progress value={pct} color={color} size="lg" radius="xs" style={{ flex: 1, minWidth: 48 }} aria-label={ariaLabel} />
      <Text size="sm" className="num" w={{ base: 72, sm: 110 }}>
        {label}
      </Text>
    </Group>
  );
}
