TASK: meeting scheduling (constraint satisfaction)

DAYS: ${view.days}

MEETINGS (id, duration, attendees):
<#list view.meeting_lines as line>
  ${line}
</#list>

CALENDARS (working hours apply to every day; busy slots per day):
<#list view.calendar_lines as line>
  ${line}
</#list>

CONSTRAINTS:
<#if view.constraint_lines?has_content>
<#list view.constraint_lines as line>
  C${line?counter}. ${line}
</#list>
<#else>
  (none besides the calendars)
</#if>

HARD RULES:
  R1. Each meeting is held once, on one listed day, for exactly its duration.
  R2. A meeting lies within the working hours of each attendee and does not overlap any of their busy slots.
  R3. No person attends two overlapping meetings; intervals are half-open, so 10:00-11:00 and 11:00-12:00 do not overlap.
<#if view.constraint_lines?has_content>
  R4. All constraints C1..C${view.constraint_lines?size} hold.
</#if>

OUTPUT: one line per meeting, e.g. ${view.example}; or "impossible" if no schedule satisfies every rule.

Answer format: ${answer_format}

Put the output inside <answer></answer> tags.
