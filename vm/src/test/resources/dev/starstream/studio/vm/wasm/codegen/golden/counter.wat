(module $counter
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i64) (param i64) (param i64) (param i64)))
  (type (;2;) (func (param i32) (param i64)))
  (type (;3;) (func (param i64)))
  (type (;4;) (func))
  (type (;5;) (func (result i64)))
  (import "starstream:std/trap" "trap" (func $trap (;0;) (type 0)))
  (import "starstream:std/coroutine" "implements-method" (func $implements-method (;1;) (type 1)))
  (memory (;0;) 1)
  (global $sp (;0;) (mut i32) (i32.const 16))
  (global $tally#state.0 (;1;) (mut i32) (i32.const 0))
  (global $tally#state.1 (;2;) (mut i64) (i64.const 0))
  (global $tally#state.2 (;3;) (mut i64) (i64.const 0))
  (export "memory" (memory 0))
  (export "tally#state.0" (global $tally#state.0))
  (export "tally#state.1" (global $tally#state.1))
  (export "tally#state.2" (global $tally#state.2))
  (export "tally#[static]utxo.start" (func $Tally::start$export))
  (export "tally#[method]utxo.bump" (func $Tally::bump))
  (export "tally#[method]utxo.value" (func $Tally::value))
  (export "tally#$sys.unbind" (func $Tally::$sys.unbind))
  (func $Tally::start (;2;) (type 2) (param $k i32) (param $step i64)
    (local $pc i32)
    (local $t0 i64)
    (local $t1 i64)
    (local $t2 i64)
    local.get $k
    i32.eqz
    if
    else
      block
        block
          block
            local.get $k
            i32.const 1
            i32.sub
            br_table 0 1
          end
          global.get $tally#state.2
          local.set $step
          i64.const 0
          global.set $tally#state.2
          i32.const 4
          local.set $pc
          br 1
        end
        i32.const 4
        call $trap
        unreachable
      end
    end
    loop
      block
        block
          block
            block
              block
                block
                  local.get $pc
                  br_table 0 1 2 3 4 5
                end
              end
              ;; counter.star:8  while (true) {
              i32.const 1
              if
                i32.const 2
                local.set $pc
                br 5
              else
                i32.const 3
                local.set $pc
                br 5
              end
            end
            ;; counter.star:9  yield(Counter);
            local.get $step
            global.set $tally#state.2
            i32.const 1
            global.set $tally#state.0
            i64.const 5067820775268137606
            i64.const 0
            i64.const 0
            i64.const 0
            call $implements-method
            i64.const -1902388197742146344
            i64.const 0
            i64.const 0
            i64.const 0
            call $implements-method
            return
          end
          i32.const 0
          global.set $tally#state.0
          return
        end
        ;; counter.star:10  n = disclose(n + step);
        global.get $tally#state.1
        local.get $step
        local.set $t1
        local.set $t0
        local.get $t0
        local.get $t1
        i64.add
        local.set $t2
        local.get $t2
        local.get $t0
        i64.lt_u
        if
          i32.const 1
          call $trap
          unreachable
        end
        local.get $t2
        global.set $tally#state.1
        i32.const 1
        local.set $pc
        br 1
      end
      i32.const 4
      call $trap
      unreachable
    end
  )
  (func $Tally::start$export (;3;) (type 3) (param $step i64)
    i32.const 0
    local.get $step
    return_call $Tally::start
  )
  (func $Tally::bump (;4;) (type 4)
    ;; counter.star:14  fn bump() { resume; }
    return_call $Tally::$resume
  )
  (func $Tally::value (;5;) (type 5) (result i64)
    ;; counter.star:15  fn value() -> u64 { n }
    global.get $tally#state.1
  )
  (func $Tally::$resume (;6;) (type 4)
    global.get $tally#state.0
    i32.const 1
    i32.ge_u
    global.get $tally#state.0
    i32.const 1
    i32.le_u
    i32.and
    if
      global.get $tally#state.0
      i64.const 0
      return_call $Tally::start
    end
    global.get $tally#state.0
    i32.eqz
    if
      i32.const 3
      call $trap
      unreachable
    end
    i32.const 4
    call $trap
    unreachable
  )
  (func $Tally::$sys.unbind (;7;) (type 0) (param $token i32)
  )
  ;; custom section "name", 235 bytes
)
