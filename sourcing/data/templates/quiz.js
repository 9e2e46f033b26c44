(function () {
  "use strict";
  var quiz = JSON.parse(document.getElementById("quiz-data").textContent);
  var byNumber = {};
  quiz.questions.forEach(function (q) { byNumber[q.number] = q; });
  var answers = {};  // question number -> the type picked first (only the first try counts)
  var current = null;
  var buttons = document.querySelectorAll(".choices button");
  var feedback = document.getElementById("feedback");

  function correctCount() {
    return Object.keys(answers).filter(function (n) {
      return answers[n] === byNumber[n].answer;
    }).length;
  }

  function showScore() {
    var done = Object.keys(answers).length;
    var total = quiz.questions.length;
    var right = correctCount();
    document.getElementById("score").textContent =
      "Score: " + right + " / " + done + " answered (" + (total - done) + " to go)";
    if (done === total) {
      var final = document.getElementById("final");
      final.textContent = "Finished! Final score: " + right + " / " + total + ".";
      final.hidden = false;
    }
  }

  function showFeedback(q) {
    var picked = answers[q.number];
    var right = picked === q.answer;
    feedback.className = right ? "right" : "wrong";
    feedback.textContent = "";
    var head = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = right ? "Correct!" : "Not quite: it is " + q.label + ".";
    head.appendChild(strong);
    if (!right) { head.appendChild(document.createTextNode(" You picked " + quiz.labels[picked] + ".")); }
    var why = document.createElement("p");
    why.textContent = q.explanation;
    feedback.appendChild(head);
    feedback.appendChild(why);
  }

  function select(number) {
    var q = byNumber[number];
    current = number;
    document.querySelectorAll(".q.selected").forEach(function (el) { el.classList.remove("selected"); });
    document.getElementById("q" + number).classList.add("selected");
    document.getElementById("ask-title").textContent = q.where;
    document.getElementById("ask-quote").textContent = q.text;
    buttons.forEach(function (b) { b.disabled = number in answers; });
    if (number in answers) { showFeedback(q); } else { feedback.className = ""; feedback.textContent = ""; }
  }

  function pick(type) {
    if (current === null || current in answers) { return; }
    var q = byNumber[current];
    answers[current] = type;
    document.getElementById("q" + current).classList.add(type === q.answer ? "right" : "wrong");
    buttons.forEach(function (b) { b.disabled = true; });
    showFeedback(q);
    showScore();
  }

  document.querySelectorAll(".q").forEach(function (el) {
    var number = Number(el.dataset.question);
    el.addEventListener("click", function () { select(number); });
    el.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(number); }
    });
  });
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { pick(b.dataset.type); });
  });
  showScore();
}());
