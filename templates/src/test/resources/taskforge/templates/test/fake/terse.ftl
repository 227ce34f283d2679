${problem.a} + ${problem.b} = ? <answer>…</answer>
