(module $demo
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i64) (param i64) (result i64)))
  (type (;2;) (func (param i32) (result i64)))
  (import "env" "log" (func $log (;0;) (type 0)))
  (import "env" "base" (global $base (;0;) i64))
  (table (;0;) 2 funcref)
  (memory (;0;) 1 4)
  (global $counter (;1;) (mut i64) (global.get $base))
  (global $half (;2;) f64 (f64.const 0.5))
  (export "run" (func $run))
  (export "memory" (memory 0))
  (elem (;0;) (i32.const 0) func $add $run)
  (func $add (;1;) (type 1) (param $a i64) (param $b i64) (result i64)
    ;; score.star:3  a + b
    local.get $a
    local.get $b
    i64.add
  )
  (func $run (;2;) (type 2) (param $n i32) (result i64)
    (local $total i64)
    ;; score.star:7  let total = base + 1
    global.get $base
    i64.const 1
    call $add
    local.set $total
    block
      loop
        ;; score.star:8  while n != 0 {
        ;;   (loop head)
        local.get $n
        i32.eqz
        br_if 1
        local.get $n
        i32.const -1
        i32.add
        local.set $n
        local.get $total
        i64.const 3
        i64.mul
        local.set $total
        br 0
      end
    end
    local.get $n
    if (result f32)
      f32.const 1.5
    else
      f32.const -0.0
    end
    drop
    i32.const 0
    local.get $total
    i64.store offset=8
    i32.const 1
    i32.load8_u offset=3
    call $log
    global.get $counter
    local.get $total
    i64.add
    global.set $counter
    local.get $total
  )
  (data (;0;) (i32.const 16) "hi \"there\"\0a")
  ;; custom section "name", 72 bytes
  ;; custom section "starstream.debug", 3 bytes
)
