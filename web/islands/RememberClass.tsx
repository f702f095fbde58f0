import { useEffect, useState } from 'preact/hooks';
import { rememberClass, type RememberedClass } from './my-classes.ts';

/**
 * On the dashboard: records the class in this browser's "My classes" (localStorage), so /teach
 * lists it. Shows nothing until it has, and nothing without JavaScript.
 */
export default function RememberClass(props: RememberedClass) {
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(rememberClass(props)), [props.id]);
  return saved ? (
    <p class="note">
      Listed under <a href="/teach#my-classes">My classes on this device</a>, in this browser only.
    </p>
  ) : null;
}
