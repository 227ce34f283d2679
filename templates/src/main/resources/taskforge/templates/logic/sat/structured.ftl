Task: Boolean satisfiability (${view.clause_size}-SAT).

Input: a CNF formula in DIMACS format. The header "p cnf N M" gives the number of variables N and clauses M. Each following line is one clause, a list of literals ended by 0: a positive number v stands for variable xv, a negative number -v for NOT xv. A clause is true when at least one of its literals is true; the formula is true when all clauses are.

p cnf ${view.variables} ${view.clause_count}
<#list view.clauses_dimacs as clause>
${clause}
</#list>

Output: a satisfying assignment if one exists (any one is accepted), otherwise UNSAT.

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
