<#if view.kind == "power">A counter that can only show the numbers 0 to ${view.m_minus_1} (it works modulo ${view.m}) starts at 1 and is multiplied by ${view.a}, ${view.e} times in a row. Which number does it show at the end? In other words: ${view.question}<#elseif view.kind == "inverse">A cipher multiplies every code by ${view.a} and keeps the remainder modulo ${view.m}. To undo it, one needs a number that multiplies ${view.a} back to 1 modulo ${view.m}, if such a number exists. ${view.question}<#else>A bag holds some number x of tokens. Multiplying it by ${view.a} and counting modulo ${view.m} leaves ${view.b}. ${view.question}</#if>

<#if params.mode == "trace">
Write down how you get there, one step per line, and end with "Result: " and the answer.<#if view.kind == "power"> Each line gives one new power of ${view.a} (a square of a power already found, or a product of two of them) reduced modulo ${view.m}, as "${view.a}^K ≡ ... ≡ r (mod ${view.m})".<#else> Run the extended Euclidean algorithm on ${view.m} and ${view.a}: the divisions "x = q × y + r", each new remainder written as a combination of ${view.a} and ${view.m}, then the solution line "x ≡ ... (mod n)"; with no answer, the divisions down to remainder 0 and "Result: none".</#if> The letter x stands for the unknown, so write products with × or *.

${view.example}
<#else>
State the answer.
</#if>

Answer format: ${answer_format}

Put the final answer inside <answer></answer> tags.
